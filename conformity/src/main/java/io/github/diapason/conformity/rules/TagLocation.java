package io.github.diapason.conformity.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a value may be found: a tag "(gggg,eeee)" with its keyword or private name, its kind
 * ("standard", "enhanced" for a functional-group item, "private", "csa" for a Siemens CSA
 * header element named {@code keyword}), and the private creator when one reserves the block.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagLocation(String tag, String keyword, String kind, String privateCreator) {
}
