package dev.teamgate.stackfield;

/** The webhook ids of {@code seed/stackfield.json}, by what they are for. */
final class SeededWebhooks {

    /** The docs' example id: a Chat webhook on the demo room. */
    static final String CHAT = "e5a1cfbd-970e-45a1-b81c-3e004f9bdab5";
    static final String DISCUSSION = "d1500000-0000-4000-8000-000000000001";
    static final String TASK = "7a500000-0000-4000-8000-000000000001";
    static final String PAGE = "9a6e0000-0000-4000-8000-000000000001";
    static final String FILE = "f11e0000-0000-4000-8000-000000000001";
    static final String EVENT = "e7e70000-0000-4000-8000-000000000001";
    static final String ORGANIZATION = "0a600000-0000-4000-8000-000000000001";
    /** Room settings of the "projects" room. */
    static final String ROOM_SETTINGS = "5e770000-0000-4000-8000-000000000001";
    /** Room settings for the whole organization: every room command needs a RoomId. */
    static final String ORG_ROOM_SETTINGS = "5e770000-0000-4000-8000-000000000002";
    static final String CHAT_ENCRYPTED_ROOM = "c4a70000-0000-4000-8000-000000004032";
    static final String CHAT_DIRECT_CHAT = "c4a70000-0000-4000-8000-000000004033";
    static final String CHAT_ARCHIVED_ROOM = "c4a70000-0000-4000-8000-000000004036";
    static final String ROOM_SETTINGS_ARCHIVED_ROOM = "5e770000-0000-4000-8000-000000004079";
    static final String CHAT_DELETED = "c4a70000-0000-4000-8000-000000004038";
    static final String BASIC_CHAT = "b0b00000-0000-4000-8000-000000000001";
    static final String BASIC_ORGANIZATION = "b0b00000-0000-4000-8000-000000004039";
    static final String BASIC_ROOM_SETTINGS = "b0b00000-0000-4000-8000-000000000002";

    static final String DEMO_ROOM_ID = "3f2b8c1e-7d4a-4e9b-a6c5-1b2d3e4f5a6b";
    static final String PROJECTS_ROOM_ID = "a7c3e9d1-2b4f-4a6e-8c0d-9e1f2a3b4c5d";
    static final String VAULT_ROOM_ID = "6b1d9f3a-4c2e-4f8a-b7d6-5e4c3b2a1f0e";
    static final String DIRECT_CHAT_ROOM_ID = "2e4a6c8b-1d3f-4b5a-9c7e-8f6d4b2a0c1e";
    static final String OLD_ROOM_ID = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
    static final String TEMPLATE_6_ID = "03852566-669e-4991-9491-12";
    static final String ENCRYPTED_TEMPLATE_ID = "f0e1d2c3-b4a5-4968-8776-655443322110";

    private SeededWebhooks() {
    }
}
