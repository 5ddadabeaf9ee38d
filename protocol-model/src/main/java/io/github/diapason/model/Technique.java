package io.github.diapason.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The closed vocabulary of techniques (vendors.md section 3 gives each vendor's product name). */
public enum Technique {
    LOCALISER("localiser", "Localiser"),
    T1_3D_IR_GRE("3d-ir-gre", "3D T1-weighted gradient echo with inversion preparation"),
    FLAIR_3D("3d-flair", "3D FLAIR (fluid-attenuated inversion recovery turbo spin echo)"),
    TSE_3D("3d-tse", "3D T2-weighted turbo spin echo"),
    TSE_2D("2d-tse", "2D turbo spin echo"),
    FLAIR_2D("2d-flair", "2D FLAIR turbo spin echo"),
    GRE_2D("2d-gre", "2D spoiled gradient echo"),
    GRE_3D("3d-gre", "3D spoiled gradient echo"),
    SWI("swi", "Susceptibility-weighted imaging"),
    BOLD_EPI("bold-epi", "BOLD gradient-echo EPI"),
    DIFFUSION_EPI("dwi-epi", "Diffusion-weighted spin-echo EPI"),
    SE_EPI_FIELDMAP("se-epi-fieldmap", "Spin-echo EPI field map (reversed phase encoding)"),
    GRE_FIELDMAP("gre-fieldmap", "Gradient-echo field map"),
    ASL("asl", "Pseudo-continuous arterial spin labelling");

    private final String id;
    private final String description;

    Technique(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Technique> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @JsonCreator
    static Technique fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown technique " + id));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Technique::id).toList();
    }

    /** Whether TI applies (inversion-prepared techniques). */
    public boolean usesInversion() {
        return this == T1_3D_IR_GRE || this == FLAIR_3D || this == FLAIR_2D;
    }

    public boolean isEpi() {
        return this == BOLD_EPI || this == DIFFUSION_EPI || this == SE_EPI_FIELDMAP;
    }
}
