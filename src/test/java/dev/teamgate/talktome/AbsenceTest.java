package dev.teamgate.talktome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The absence rules person-info relies on, including the open-ended cases the seed does not cover. */
class AbsenceTest {

    static final LocalDate AUG_01 = LocalDate.of(2023, 8, 1);
    static final LocalDate AUG_20 = LocalDate.of(2023, 8, 20);

    @Test
    void bothBoundsAreInclusive() {
        Absence absence = new Absence(AUG_01, AUG_20);
        assertThat(absence.awayOn(AUG_01.minusDays(1))).isFalse();
        assertThat(absence.awayOn(AUG_01)).isTrue();
        assertThat(absence.awayOn(AUG_20)).isTrue();
        assertThat(absence.awayOn(AUG_20.plusDays(1))).isFalse();
    }

    @Test
    void theSentenceFollowsTheDay() {
        Absence absence = new Absence(AUG_01, AUG_20);
        assertThat(absence.infoOn(AUG_01.minusDays(3))).isEqualTo("Away from 08/01/2023 until 08/20/2023.");
        assertThat(absence.infoOn(LocalDate.of(2023, 8, 10))).isEqualTo("Away until 08/20/2023.");
        assertThat(absence.infoOn(AUG_20.plusDays(1))).isEmpty();
    }

    @Test
    void anOpenStartMeansAwayUntilTheEnd() {
        Absence untilOnly = new Absence(null, AUG_20);
        assertThat(untilOnly.awayOn(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(untilOnly.infoOn(AUG_20)).isEqualTo("Away until 08/20/2023.");
        assertThat(untilOnly.awayOn(AUG_20.plusDays(1))).isFalse();
    }

    @Test
    void anOpenEndMeansAwayFromTheStartOn() {
        Absence fromOnly = new Absence(AUG_01, null);
        assertThat(fromOnly.infoOn(AUG_01.minusDays(1))).isEqualTo("Away from 08/01/2023.");
        assertThat(fromOnly.infoOn(LocalDate.of(2030, 1, 1))).isEqualTo("Away.");
    }

    @Test
    void noDatesNoAbsence() {
        Absence none = new Absence(null, null);
        assertThat(none.isSet()).isFalse();
        assertThat(none.awayOn(AUG_01)).isFalse();
        assertThat(none.infoOn(AUG_01)).isEmpty();
    }

    @Test
    void aChannelReplacementIsShownByItsIdAndNoneAsEmpty() {
        assertThat(Substitution.display(Substitution.ofChannel("968AIDVRHOMHBO19G7AIT7AHH0")))
                .isEqualTo("968AIDVRHOMHBO19G7AIT7AHH0");
        assertThat(Substitution.display(Substitution.ofAccount("QAT88PF4NQUB50SOHFLIPQL9RT")))
                .isEqualTo("QAT88PF4NQUB50SOHFLIPQL9RT");
        assertThat(Substitution.display(null)).isEmpty();
    }
}
