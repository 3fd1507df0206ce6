package dev.teamgate.talktome;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The person-info answer, field for field as the vendor documents it. */
@JsonPropertyOrder({"success", "error", "name", "talkToMe", "avatar", "email", "phone", "mobile", "companyName",
        "position", "available", "awayInfo", "awayFrom", "awayUntil", "substitution", "onlineState"})
record PersonInfo(boolean success, boolean error, String name, String talkToMe, String avatar, String email,
                  String phone, String mobile, String companyName, String position, boolean available,
                  String awayInfo, String awayFrom, String awayUntil, String substitution, String onlineState) {
}
