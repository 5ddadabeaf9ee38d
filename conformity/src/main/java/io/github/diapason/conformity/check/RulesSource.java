package io.github.diapason.conformity.check;

import io.github.diapason.conformity.rules.RuleFile;

/** A site's rules and the file they were read from (where a finding about a rule points). */
record RulesSource(String file, RuleFile rules) {

    public RulesSource {
        file = file == null ? "" : file;
    }
}
