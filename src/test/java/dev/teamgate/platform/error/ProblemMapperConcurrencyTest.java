package dev.teamgate.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Losing a race with an identical change is a 409 for the loser, never a 500. */
class ProblemMapperConcurrencyTest {

    @Test
    void lockAndUniqueKeyRacesAreConflicts() {
        assertThat(ProblemMapper.toProblem(new ObjectOptimisticLockingFailureException("Room", 1L)).kind())
                .isEqualTo(ProblemKind.CONFLICT);
        assertThat(ProblemMapper.toProblem(new DataIntegrityViolationException("duplicate key")).kind())
                .isEqualTo(ProblemKind.CONFLICT);
        assertThat(ProblemMapper.toProblem(new org.springframework.dao.QueryTimeoutException("lock wait")).kind())
                .isEqualTo(ProblemKind.CONFLICT);
        assertThat(ProblemMapper.toProblem(new CannotAcquireLockException("deadlock")).kind())
                .isEqualTo(ProblemKind.CONFLICT);
        assertThat(ProblemMapper.toProblem(new TransactionSystemException("commit failed",
                new jakarta.persistence.OptimisticLockException("stale"))).kind())
                .isEqualTo(ProblemKind.CONFLICT);
    }

    @Test
    void aValueTooLongForItsColumnIsABadRequestNotAConflict() {
        var tooLong = new DataIntegrityViolationException("could not execute statement",
                new java.sql.SQLException("Value too long for column", "22001"));
        assertThat(ProblemMapper.toProblem(tooLong).kind()).isEqualTo(ProblemKind.BAD_REQUEST);
    }

    @Test
    void otherFailuresStayInternal() {
        assertThat(ProblemMapper.toProblem(new IllegalStateException("bug")).kind()).isEqualTo(ProblemKind.INTERNAL);
    }
}
