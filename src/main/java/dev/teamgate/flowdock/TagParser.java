package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flowdock's tag rules (api-docs tags.md): {@code #tag} is stored without the hash; {@code @nick}
 * becomes {@code :user:<id>} plus {@code :unread:<id>} for that user; {@code @everyone},
 * {@code @everybody}, {@code @all}, {@code @anyone} and {@code @anybody} become {@code :user:everyone}
 * plus {@code :unread:<id>} for every other member; a bare nick in the text adds
 * {@code :highlight:<id>}; a URL adds {@code :url}. Nicks compare case-insensitively; a nick that
 * names nobody in the flow is dropped.
 */
final class TagParser {

    private static final int MAX_TAG_LENGTH = 100;
    private static final int MAX_TAGS = 100;
    private static final Set<String> EVERYONE = Set.of("everyone", "everybody", "all", "anyone", "anybody");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"]+|\\bwww\\.[^\\s<>\"]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@])@([\\p{L}\\p{N}_\\-.]*[\\p{L}\\p{N}_])");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#])#([\\p{L}\\p{N}_\\-]+)");

    private TagParser() {
    }

    /**
     * The tags of a message: the explicit ones, then those found in {@code text} (null for none).
     * {@code members} are the flow's members, {@code authorId} the poster's user id (or null).
     */
    static Set<String> tags(List<String> explicit, String text, List<Account> members, String authorId) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : explicit) {
            addExplicit(tags, tag, members, authorId);
        }
        if (text != null && !text.isEmpty()) {
            addFromText(tags, text, members, authorId);
        }
        return tags;
    }

    /** Checks explicit tags before anything is stored. */
    static void validate(List<String> explicit) {
        if (explicit.size() > MAX_TAGS) {
            throw FlowdockErrors.invalid("tags", "has too many tags (maximum is " + MAX_TAGS + ")");
        }
        for (String tag : explicit) {
            if (tag.length() > MAX_TAG_LENGTH) {
                throw FlowdockErrors.invalid("tags", "contains a tag that is too long (maximum is "
                        + MAX_TAG_LENGTH + " characters)");
            }
        }
    }

    private static void addExplicit(Set<String> tags, String tag, List<Account> members, String authorId) {
        if (tag.startsWith("@")) {
            mention(tags, tag.substring(1), members, authorId);
        } else if (tag.startsWith("#")) {
            if (tag.length() > 1) {
                tags.add(tag.substring(1));
            }
        } else {
            tags.add(tag);
        }
    }

    private static void addFromText(Set<String> tags, String text, List<Account> members, String authorId) {
        Matcher urls = URL.matcher(text);
        if (urls.find()) {
            tags.add(":url");
        }
        String withoutUrls = URL.matcher(text).replaceAll(" ");
        Set<String> mentioned = new LinkedHashSet<>();
        Matcher mentions = MENTION.matcher(withoutUrls);
        while (mentions.find()) {
            mentioned.add(mentions.group(1).toLowerCase(Locale.ROOT));
            mention(tags, mentions.group(1), members, authorId);
        }
        Matcher hashtags = HASHTAG.matcher(withoutUrls);
        while (hashtags.find()) {
            // a hashtag longer than a tag may be stays plain text
            if (hashtags.group(1).length() <= MAX_TAG_LENGTH) {
                tags.add(hashtags.group(1));
            }
        }
        String lower = withoutUrls.toLowerCase(Locale.ROOT);
        for (Account member : members) {
            String nick = member.getNick();
            if (nick == null || nick.isEmpty() || member.getExternalId().equals(authorId)
                    || mentioned.contains(nick.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Pattern bare = Pattern.compile("(?<![\\p{L}\\p{N}_@])" + Pattern.quote(nick.toLowerCase(Locale.ROOT))
                    + "(?![\\p{L}\\p{N}_])");
            if (bare.matcher(lower).find()) {
                tags.add(":highlight:" + member.getExternalId());
            }
        }
    }

    private static void mention(Set<String> tags, String nick, List<Account> members, String authorId) {
        String lower = nick.toLowerCase(Locale.ROOT);
        if (EVERYONE.contains(lower)) {
            tags.add(":user:everyone");
            for (Account member : members) {
                if (!member.getExternalId().equals(authorId)) {
                    tags.add(":unread:" + member.getExternalId());
                }
            }
            return;
        }
        Optional<Account> user = members.stream()
                .filter(m -> m.getNick() != null && m.getNick().equalsIgnoreCase(nick)).findFirst();
        user.ifPresent(u -> {
            tags.add(":user:" + u.getExternalId());
            if (!u.getExternalId().equals(authorId)) {
                tags.add(":unread:" + u.getExternalId());
            }
        });
    }

    /**
     * The stored form of a tag a client filters by: {@code @nick} → {@code :user:<id>},
     * {@code #tag} → {@code tag}; other values as given.
     */
    static String filterForm(String tag, List<Account> members) {
        if (tag.startsWith("#")) {
            return tag.substring(1);
        }
        if (tag.startsWith("@")) {
            String nick = tag.substring(1);
            if (EVERYONE.contains(nick.toLowerCase(Locale.ROOT))) {
                return ":user:everyone";
            }
            return members.stream().filter(m -> m.getNick() != null && m.getNick().equalsIgnoreCase(nick))
                    .findFirst().map(m -> ":user:" + m.getExternalId()).orElse(tag);
        }
        return tag;
    }
}
