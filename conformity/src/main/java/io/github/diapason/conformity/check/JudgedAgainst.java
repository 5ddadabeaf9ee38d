package io.github.diapason.conformity.check;

/**
 * What an exam was judged against, recorded in its report so that a verdict can be traced to a protocol
 * version and re-judged when the rules change: the study and protocol version named by the site's
 * {@code rules.json}, and a digest of the rules files ({@code sha256:…}, see {@link LoadedRules#digest()}).
 */
public record JudgedAgainst(String study, String protocolVersion, String rulesDigest) {

    public JudgedAgainst {
        study = study == null ? "" : study;
        protocolVersion = protocolVersion == null ? "" : protocolVersion;
        rulesDigest = rulesDigest == null ? "" : rulesDigest;
    }
}
