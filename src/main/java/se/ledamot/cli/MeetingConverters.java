package se.ledamot.cli;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;

/** Reads times and stances as people type them: "18:00" or "18.00"; "support", "refer-back". */
final class MeetingConverters {
    private MeetingConverters() {
    }

    static final class Time implements ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return LocalTime.parse(value.strip().replace('.', ':'));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(Localization.get("cli.error.time", value));
            }
        }
    }

    /** A meeting's or matter's number. */
    static final class Id implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(Localization.get(
                        value.strip().matches("-?\\d+") ? "cli.error.idTooLarge" : "cli.error.id", value));
            }
        }
    }

    static final class StanceCode implements ITypeConverter<Stance> {
        @Override
        public Stance convert(String value) {
            return Stance.fromCode(value).orElseThrow(() -> new TypeConversionException(Localization.get(
                    "cli.error.stance", value, Arrays.stream(Stance.values()).map(Stance::code)
                            .collect(Collectors.joining(", ")))));
        }
    }
}
