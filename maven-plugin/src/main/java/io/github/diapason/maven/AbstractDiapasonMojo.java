package io.github.diapason.maven;

import io.github.diapason.diagnostic.Diagnostic;
import io.github.diapason.diagnostic.DiagnosticFormatter;
import io.github.diapason.diagnostic.Validated;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Handles {@code skip} once, then hands over to the goal; prints diagnostics the same way for every goal. */
abstract class AbstractDiapasonMojo extends AbstractMojo {

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Diapason (" + PropertyNames.SKIP + "=true)");
            return;
        }
        doExecute();
    }

    abstract void doExecute() throws MojoExecutionException, MojoFailureException;

    /** A value read by the core from the goal's configuration: its problems fail the build naming them. */
    static <T> T configured(Validated<T> parsed) throws MojoFailureException {
        if (parsed.value().isPresent() && !parsed.hasErrors()) {
            return parsed.value().get();
        }
        StringBuilder message = new StringBuilder();
        for (Diagnostic d : parsed.diagnostics()) {
            message.append(message.length() == 0 ? "" : "; ").append(d.message())
                    .append(d.hint().isEmpty() ? "" : " (" + d.hint() + ")");
        }
        throw new MojoFailureException(message.toString());
    }

    /** Errors at error level, warnings at warning level, each with its source excerpt and hint. */
    void log(List<Diagnostic> diagnostics) {
        DiagnosticFormatter formatter = new DiagnosticFormatter();
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> {
            String text = formatter.format(d).stripTrailing();
            switch (d.severity()) {
                case ERROR -> getLog().error(text);
                case WARNING -> getLog().warn(text);
                case NOTE -> getLog().info(text);
            }
        });
    }
}
