package dev.teamgate.platform.error;

/** Gives an {@link ApiProblem} the vendor's own status, headers and JSON body. */
@FunctionalInterface
public interface ErrorRenderer {

    RenderedError render(ApiProblem problem);
}
