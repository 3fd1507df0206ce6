package dev.teamgate.platform.seed;

import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The seed: the fixture files named by {@code teamgate.seed} (comma-separated resource locations,
 * patterns allowed; {@code none} for an empty server), read once and kept, so every reset
 * restores the same state and the control plane can show the seed's demo secrets.
 */
@Component
public class SeedFixtures {

    private final FixtureDocument document;
    private final List<String> sources;

    public SeedFixtures(@Value("${teamgate.seed:classpath*:seed/*.json}") String locations, ObjectMapper json) {
        List<WorkspaceFixture> workspaces = new ArrayList<>();
        List<String> read = new ArrayList<>();
        if (!locations.isBlank() && !locations.trim().equalsIgnoreCase("none")) {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String location : locations.split(",")) {
                for (Resource resource : resolve(resolver, location.trim())) {
                    try (InputStream in = resource.getInputStream()) {
                        workspaces.addAll(json.readValue(in, FixtureDocument.class).workspaces());
                        read.add(resource.getDescription());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read seed " + resource.getDescription(), e);
                    }
                }
            }
        }
        this.document = new FixtureDocument(workspaces);
        this.sources = List.copyOf(read);
    }

    public FixtureDocument document() {
        return document;
    }

    public List<String> sources() {
        return sources;
    }

    public Optional<WorkspaceFixture> workspace(String vendor, String slug) {
        return document.workspaces().stream()
                .filter(w -> vendor.equals(w.vendor()) && slug.equals(w.slug()))
                .findFirst();
    }

    private static List<Resource> resolve(PathMatchingResourcePatternResolver resolver, String location) {
        try {
            Resource[] found = resolver.getResources(location);
            // A stable order (by file name) keeps database ids stable from run to run.
            return Arrays.stream(found).filter(Resource::exists)
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve seed location " + location, e);
        }
    }
}
