package dev.teamgate.teamfluence;

import java.util.List;

/** The leads of one post, highest engagement score first. */
record LeadList(long count, List<EngagedLead> leads) {
}
