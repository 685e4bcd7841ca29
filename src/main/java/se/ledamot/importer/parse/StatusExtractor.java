package se.ledamot.importer.parse;

import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/** Where the matter stands, from what was found: answered when it holds its answer, submitted when it is dated. */
final class StatusExtractor implements Extractor {
    @Override
    public void extract(CouncilText text, Findings found) {
        MatterKind kind = found.kind();
        Lifecycle life = Lifecycle.of(kind);
        Status status = kind.hasAddressee() && found.isAnswered() ? Status.ANSWER_READY
                : found.submitted() != null && kind != MatterKind.SPEECH ? life.submitted() : life.initial();
        found.matter().status(status);
    }
}
