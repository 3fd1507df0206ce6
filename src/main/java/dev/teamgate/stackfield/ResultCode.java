package dev.teamgate.stackfield;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import lombok.RequiredArgsConstructor;

/**
 * Stackfield's result codes with the texts its developer page prints (spelling included). Some
 * numbers carry two texts; each text is its own constant. Which HTTP status goes with them is
 * decided in {@link StackfieldErrors}, nowhere else.
 */
@RequiredArgsConstructor
enum ResultCode {
    REQUEST_NOT_COMPLETED("4030", "Request could not be completed."),
    INVALID_REQUEST("4031", "Invalid request."),
    ENCRYPTED_ROOM("4032", "Encrypted rooms are not supported."),
    ROOM_TYPE_NOT_SUPPORTED("4033", "Room type is not supported."),
    INVALID_REQUEST_CONTENT("4034", "Invalid request."),
    LIST_NOT_ACTIVE("4035", "List level: Module, Room or Organisation not active."),
    INVALID_OBJECT_ID("4035", "Invalid request. ObjectId is invalid."),
    ROOM_NOT_ACTIVE("4036", "Room level: Module, Room or Organisation not active."),
    ORGANIZATION_NOT_ACTIVE("4037", "Organisation level: Module, Room or Organisation not active."),
    INTEGRATION_DISABLED("4038", "Integration disabled."),
    MODULE_DISABLED("4038", "Module disabled."),
    NOT_PAID("4039", "This organization is not a payed organization."),
    CALL_LIMIT_EXCEEDED("4040", "API call limit exceeded."),
    NO_FILES("4041", "No files found."),
    FILE_TOO_BIG("4042", "File is too big. Max 1GB."),
    NOT_ENOUGH_STORAGE("4042", "There is not enough free storage space in this organization to perform the upload."),
    CANNOT_READ_FILE("4043", "Cannot read file."),
    ATTACHMENT_NOT_ADDED("4044", "Attachment could not be added."),
    INVALID_FILE_TYPE("4045", "Invalid file type."),
    TITLE_EMPTY("4050", "Invalid request. Title is null or empty."),
    USERS_EMPTY("4051", "Invalid request. Users is null or empty."),
    COMMAND_UNKNOWN("4052", "Invalid request. Command is unknown."),
    DATE_END_BEFORE_START("4055", "Invalid request. DateEnd is before DateStart."),
    USER_INVALID_EMAIL("4056", "Invalid request. User contains invalid email."),
    PROPERTY_NOT_PARSED("4056", "Invalid request. Property could not be parsed."),
    DOUBLE_REQUEST("4057", "Double request."),
    INVALID_EMAIL("4060", "Invalid Email."),
    EMAIL_NOT_FOUND("4061", "Invalid email. Item not found"),
    COMMAND_EMPTY("4070", "Invalid request. Command is null or empty."),
    ROOM_ID_EMPTY("4071", "Invalid request. RoomId is null or empty."),
    NO_FREE_SLOTS("4072", "Not enough free slots."),
    TOO_MANY_INVITATIONS("4073", "To many invitations"),
    MANAGED_BY_DOMAIN("4074", "Users are managed by your domain."),
    NOT_A_MEMBER("4075", "Invalid request. User with email not member of this organization."),
    ALREADY_DEACTIVATED("4076", "Invalid request. User with email is already deactivated."),
    LAST_ADMIN("4077", "Invalid request. You can not remove all admins."),
    EMAIL_GROUP_MISMATCH("4078", "Invalid email and group combination"),
    ALREADY_ARCHIVED("4079", "Room is already archived"),
    ALREADY_MEMBER("4080", "User is already member of this organization."),
    ROOMS_MUST_BE_ENCRYPTED("4081", "Setting: Rooms must be encrypted."),
    ENCRYPTED_TEMPLATE("4082", "You can not use encrypted templates.");

    private final String code;
    private final String text;

    String code() {
        return code;
    }

    String text() {
        return text;
    }

    /** The problem to throw; it travels to {@link StackfieldErrors} with this code and text. */
    ApiProblem problem() {
        return ApiProblem.of(ProblemKind.VALIDATION, text).withCode(code);
    }

    ApiProblemException exception() {
        return new ApiProblemException(problem());
    }

    /** Same code, another text (the file-size reply names the configured limit). */
    ApiProblemException exception(String otherText) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.VALIDATION, otherText).withCode(code));
    }
}
