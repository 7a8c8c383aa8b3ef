package com.custodia.service.people;

import com.custodia.policy.PersonValidation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile was not saved because some fields are wrong; {@link #problems()} names each field
 * and its problem, and the message lists them all, one per line.
 */
public class InvalidPersonException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidPersonException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
