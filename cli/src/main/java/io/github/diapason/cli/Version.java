package io.github.diapason.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = DiapasonCommand.class.getPackage().getImplementationVersion();
        return new String[] {"diapason " + (v == null ? "development" : v)};
    }
}
