package io.github.diapason.compiler.compile;

import io.github.diapason.compiler.output.OutputTree;

/** A diffusion direction table in the site's vendor format, as the console imports it. */
public record DirectionFileText(String sequenceId, String fileName, String text) {

    /** Where it is written, relative to the site's output folder: {@code diffusion/<sequence>/<vendor file name>}. */
    public String path() {
        return "diffusion/" + OutputTree.segment(sequenceId) + "/" + OutputTree.segment(fileName);
    }
}
