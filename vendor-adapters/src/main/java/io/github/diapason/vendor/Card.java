package io.github.diapason.vendor;

import java.util.List;
import java.util.Optional;

/** A card (Siemens), tab (Philips) or group (GE) of the console, with its parameters in console order. */
public record Card(String name, List<ConsoleParameter> parameters) {
    public Card {
        parameters = List.copyOf(parameters);
    }

    public Optional<ConsoleParameter> parameter(String label) {
        return parameters.stream().filter(p -> p.label().equals(label)).findFirst();
    }
}
