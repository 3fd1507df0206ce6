package dev.teamgate.platform.error;

/** Thrown by vendor code to answer with an {@link ApiProblem} in that vendor's shape. */
public class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public ApiProblemException(ProblemKind kind, String message) {
        this(ApiProblem.of(kind, message));
    }

    public ApiProblemException(ProblemKind kind, String message, String param) {
        this(ApiProblem.of(kind, message, param));
    }

    public ApiProblem problem() {
        return problem;
    }
}
