package se.ledamot.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;

/** Reads the values people type on the command line, refusing wrong ones with a sentence that says why. */
final class Converters {
    private Converters() {
    }

    static final class Kind implements ITypeConverter<MatterKind> {
        @Override
        public MatterKind convert(String value) {
            return MatterKind.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    Localization.get("cli.error.kind", value, codes(MatterKind.values()))));
        }
    }

    static final class StatusCode implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            return Status.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    Localization.get("cli.error.status", value, codes(Status.values()))));
        }
    }

    /** A date as 2026-11-22, within the years a matter or meeting can have ({@link Limit#date}). */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(Localization.get("cli.error.date", value));
            }
            try {
                return Limit.date(date);
            } catch (DomainException e) {
                throw new TypeConversionException(Localization.message(e));
            }
        }
    }

    /** The data folder: it must be named, and must not be a file ("--data ''" would mean the current folder). */
    static final class Folder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException(Localization.get("cli.error.dataEmpty"));
            }
            Path folder;
            try {
                folder = Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException(Localization.get("cli.error.dataNotFolder", value));
            }
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new TypeConversionException(Localization.get("cli.error.dataNotFolder", value));
            }
            return folder;
        }
    }

    static final class Author implements ITypeConverter<Person> {
        @Override
        public Person convert(String value) {
            try {
                return Person.parse(value);
            } catch (DomainException e) {
                throw new TypeConversionException(Localization.message(e));
            }
        }
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
