package se.ledamot.store.entity;

import static se.ledamot.store.jooq.Tables.AGENDA_CHANGE;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.AGENDA_MOTION;
import static se.ledamot.store.jooq.Tables.ANSWER_DRAFT;
import static se.ledamot.store.jooq.Tables.ANSWER_QUESTION_MARK;
import static se.ledamot.store.jooq.Tables.ANSWER_VERSION;
import static se.ledamot.store.jooq.Tables.APP_USER;
import static se.ledamot.store.jooq.Tables.BODY;
import static se.ledamot.store.jooq.Tables.DEBATE_DECISION;
import static se.ledamot.store.jooq.Tables.BODY_PAPERS;
import static se.ledamot.store.jooq.Tables.BODY_SEAT;
import static se.ledamot.store.jooq.Tables.BODY_STANDARD_ITEM;
import static se.ledamot.store.jooq.Tables.COUNCIL_SETTING;
import static se.ledamot.store.jooq.Tables.ITEM_BALLOT;
import static se.ledamot.store.jooq.Tables.ITEM_MOTION;
import static se.ledamot.store.jooq.Tables.ITEM_NOTE;
import static se.ledamot.store.jooq.Tables.ITEM_RECORD;
import static se.ledamot.store.jooq.Tables.ITEM_RESERVATION;
import static se.ledamot.store.jooq.Tables.MINUTES;
import static se.ledamot.store.jooq.Tables.MINUTES_ATTENDEE;
import static se.ledamot.store.jooq.Tables.PAPER_SETTINGS;
import static se.ledamot.store.jooq.Tables.DEBATE_SPEAKER;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;
import static se.ledamot.store.jooq.Tables.MATTER_CHANGE;
import static se.ledamot.store.jooq.Tables.MATTER_PROPOSAL;
import static se.ledamot.store.jooq.Tables.MATTER_QUESTION;
import static se.ledamot.store.jooq.Tables.MATTER_TAG;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.MEETING_FILE;
import static se.ledamot.store.jooq.Tables.PARTY_GROUP;
import static se.ledamot.store.jooq.Tables.PUT_ASIDE;
import static se.ledamot.store.jooq.Tables.SAMPLE_DATA;
import static se.ledamot.store.jooq.Tables.SUBMISSION_RULE;
import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;
import static se.ledamot.store.jooq.Tables.SYNC_CONFLICT;
import static se.ledamot.store.jooq.Tables.SYNC_REPLICA;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Every kind of thing Ledamot keeps, described once: the export writes these and reads them back, the sync sends and
 * merges them. In the order a thing's references need: what is referred to comes first.
 * {@code CatalogueTest} fails when a table or a column is neither described here nor named in {@link #NOT_SHARED}.
 */
public final class Catalogue {
    public static final EntityType BODY_TYPE = EntityType.named("body", BODY)
            .key(BODY.CODE)
            .columns(Role.DATA, BODY.NAME, BODY.COUNCIL, BODY.FIRST_SPEECH_MINUTES, BODY.LATER_SPEECH_MINUTES,
                    BODY.REPLY_MINUTES, BODY.INTERPELLATION_ANSWER, BODY.QUESTION_ANSWER)
            .list(new ListPart("rules", SUBMISSION_RULE, List.of(SUBMISSION_RULE.BODY_CODE),
                    List.of(SUBMISSION_RULE.KIND), data(SUBMISSION_RULE.KIND, SUBMISSION_RULE.FORM,
                    SUBMISSION_RULE.AMOUNT, SUBMISSION_RULE.WEEKDAY, SUBMISSION_RULE.AT_TIME,
                    SUBMISSION_RULE.HOLIDAY_SHIFT), Merge.WHOLE, null))
            .build();

    /** One of the council's own settings (its name, its rules of procedure), by name. */
    public static final EntityType SETTING_TYPE = EntityType.named("setting", COUNCIL_SETTING)
            .key(COUNCIL_SETTING.SETTING_NAME)
            .columns(Role.DATA, COUNCIL_SETTING.SETTING_VALUE)
            .build();

    /** The council's papers: its logo, notice board, where minutes are kept. One row, numbered 1. */
    public static final EntityType PAPER_SETTINGS_TYPE = EntityType.named("paper_settings", PAPER_SETTINGS)
            .key(PAPER_SETTINGS.ID)
            .columns(Role.DATA, PAPER_SETTINGS.LOGO, PAPER_SETTINGS.NOTICE_BOARD,
                    PAPER_SETTINGS.MINUTES_KEPT, PAPER_SETTINGS.REFER_MOTIONS_TO)
            .columns(Role.STAMP, PAPER_SETTINGS.UPDATED_AT)
            .build();

    /** A body's papers: chair and vice chairs, secretary, its standard items and its seats. */
    public static final EntityType BODY_PAPERS_TYPE = EntityType.named("body_papers", BODY_PAPERS)
            .keyRef(BODY_PAPERS.BODY_CODE, "body")
            .columns(Role.DATA, BODY_PAPERS.CHAIR_NAME, BODY_PAPERS.CHAIR_PARTY, BODY_PAPERS.FIRST_VICE_NAME,
                    BODY_PAPERS.FIRST_VICE_PARTY, BODY_PAPERS.SECOND_VICE_NAME, BODY_PAPERS.SECOND_VICE_PARTY,
                    BODY_PAPERS.SECRETARY, BODY_PAPERS.PUBLIC_MEETING, BODY_PAPERS.WEBCAST)
            .columns(Role.TEXT, BODY_PAPERS.ABSENCE)
            .columns(Role.DATA, BODY_PAPERS.ADJUSTERS)
            .columns(Role.STAMP, BODY_PAPERS.UPDATED_AT)
            .list(new ListPart("standard_items", BODY_STANDARD_ITEM, List.of(BODY_STANDARD_ITEM.BODY_CODE),
                    List.of(BODY_STANDARD_ITEM.PART, BODY_STANDARD_ITEM.POSITION), data(BODY_STANDARD_ITEM.PART,
                    BODY_STANDARD_ITEM.POSITION, BODY_STANDARD_ITEM.KIND, BODY_STANDARD_ITEM.TITLE), Merge.WHOLE,
                    null))
            .list(new ListPart("seats", BODY_SEAT, List.of(BODY_SEAT.BODY_CODE), List.of(BODY_SEAT.POSITION),
                    data(BODY_SEAT.POSITION, BODY_SEAT.NAME, BODY_SEAT.PARTY, BODY_SEAT.ROLE), Merge.WHOLE, null))
            .build();

    public static final EntityType MATTER_TYPE = EntityType.named("matter", MATTER)
            .uid(MATTER.ID, MATTER.UID)
            .columns(Role.DATA, MATTER.KIND, MATTER.NUMBER, MATTER.TITLE)
            .columns(Role.TEXT, MATTER.BODY)
            .columns(Role.DATA, MATTER.SUBMITTED, MATTER.PLACE, MATTER.ADDRESSEE_NAME, MATTER.ADDRESSEE_PARTY,
                    MATTER.ADDRESSEE_ROLE, MATTER.RESPONSIBLE_BODY)
            .columns(Role.TEXT, MATTER.ANSWER)
            .columns(Role.DATA, MATTER.STATUS, MATTER.DECISION, MATTER.REPLY_BY, MATTER.TRASHED_AT,
                    MATTER.CREATED_AT)
            .columns(Role.STAMP, MATTER.UPDATED_AT)
            .list(new ListPart("authors", MATTER_AUTHOR, List.of(MATTER_AUTHOR.MATTER_ID),
                    List.of(MATTER_AUTHOR.POSITION), data(MATTER_AUTHOR.POSITION, MATTER_AUTHOR.NAME,
                    MATTER_AUTHOR.PARTY), Merge.WHOLE, null))
            .list(new ListPart("proposals", MATTER_PROPOSAL, List.of(MATTER_PROPOSAL.MATTER_ID),
                    List.of(MATTER_PROPOSAL.POSITION), data(MATTER_PROPOSAL.POSITION, MATTER_PROPOSAL.TEXT),
                    Merge.WHOLE, null))
            .list(new ListPart("questions", MATTER_QUESTION, List.of(MATTER_QUESTION.MATTER_ID),
                    List.of(MATTER_QUESTION.POSITION), data(MATTER_QUESTION.POSITION, MATTER_QUESTION.TEXT),
                    Merge.WHOLE, null))
            .list(new ListPart("tags", MATTER_TAG, List.of(MATTER_TAG.MATTER_ID), List.of(MATTER_TAG.TAG),
                    data(MATTER_TAG.TAG), Merge.WHOLE, null))
            .list(new ListPart("timeline", MATTER_CHANGE, List.of(MATTER_CHANGE.MATTER_ID),
                    List.of(MATTER_CHANGE.CHANGED_AT, MATTER_CHANGE.ID), data(MATTER_CHANGE.UID,
                    MATTER_CHANGE.CHANGED_AT, MATTER_CHANGE.FIELD, MATTER_CHANGE.OLD_VALUE, MATTER_CHANGE.NEW_VALUE),
                    Merge.HISTORY, Column.of(MATTER_CHANGE.UID, Role.DATA)))
            .build();

    /** An original file; its bytes never change once kept. */
    public static final EntityType ATTACHMENT_TYPE = EntityType.named("attachment", MATTER_ATTACHMENT)
            .uid(MATTER_ATTACHMENT.ID, MATTER_ATTACHMENT.UID)
            .ref(MATTER_ATTACHMENT.MATTER_ID, "matter")
            .columns(Role.DATA, MATTER_ATTACHMENT.FILE_NAME, MATTER_ATTACHMENT.FORMAT, MATTER_ATTACHMENT.SIZE_BYTES,
                    MATTER_ATTACHMENT.CONTENT, MATTER_ATTACHMENT.CONTENT_HASH, MATTER_ATTACHMENT.TEXT_HASH,
                    MATTER_ATTACHMENT.ANSWER_HASH, MATTER_ATTACHMENT.SAMPLE, MATTER_ATTACHMENT.ADDED_AT)
            .build();

    public static final EntityType MEETING_TYPE = EntityType.named("meeting", MEETING)
            .uid(MEETING.ID, MEETING.UID)
            .ref(MEETING.BODY_CODE, "body")
            .columns(Role.DATA, MEETING.MEETING_DATE, MEETING.MEETING_TIME, MEETING.PLACE, MEETING.STATUS,
                    MEETING.CREATED_AT, MEETING.POSTED_ON)
            .columns(Role.STAMP, MEETING.UPDATED_AT)
            .build();

    public static final EntityType AGENDA_ITEM_TYPE = EntityType.named("agenda_item", AGENDA_ITEM)
            .uid(AGENDA_ITEM.ID, AGENDA_ITEM.UID)
            .ref(AGENDA_ITEM.MEETING_ID, "meeting")
            .columns(Role.DATA, AGENDA_ITEM.ITEM_NUMBER)
            .ref(AGENDA_ITEM.MATTER_ID, "matter")
            .columns(Role.DATA, AGENDA_ITEM.TEXT)
            .columns(Role.TEXT, AGENDA_ITEM.PROPOSAL)
            .columns(Role.DATA, AGENDA_ITEM.DECISION)
            .columns(Role.TEXT, AGENDA_ITEM.DECISION_TEXT)
            .list(new ListPart("motions", AGENDA_MOTION, List.of(AGENDA_MOTION.ITEM_ID),
                    List.of(AGENDA_MOTION.POSITION), data(AGENDA_MOTION.POSITION, AGENDA_MOTION.TEXT), Merge.WHOLE,
                    null))
            .build();

    /** A party group's position on an agenda item. */
    public static final EntityType POSITION_TYPE = EntityType.named("position", GROUP_POSITION)
            .key(GROUP_POSITION.GROUP_CODE)
            .keyRef(GROUP_POSITION.ITEM_ID, "agenda_item")
            .ownedByGroup()
            .columns(Role.DATA, GROUP_POSITION.STANCE, GROUP_POSITION.SPEAKER)
            .columns(Role.TEXT, GROUP_POSITION.ARGUMENTS, GROUP_POSITION.NOTES)
            .columns(Role.DATA, GROUP_POSITION.REVIEWED)
            .columns(Role.STAMP, GROUP_POSITION.UPDATED_AT)
            .build();

    /** The answer being written to a matter: the draft, the questions marked answered, and the kept versions. */
    public static final EntityType ANSWER_TYPE = EntityType.named("answer", ANSWER_DRAFT)
            .keyRef(ANSWER_DRAFT.MATTER_ID, "matter")
            .groupOwned(ANSWER_DRAFT.GROUP_CODE)
            .columns(Role.TEXT, ANSWER_DRAFT.TEXT)
            .columns(Role.STAMP, ANSWER_DRAFT.SAVED_AT)
            .list(new ListPart("marks", ANSWER_QUESTION_MARK, List.of(ANSWER_QUESTION_MARK.MATTER_ID),
                    List.of(ANSWER_QUESTION_MARK.QUESTION), data(ANSWER_QUESTION_MARK.QUESTION), Merge.WHOLE, null))
            .list(new ListPart("versions", ANSWER_VERSION, List.of(ANSWER_VERSION.MATTER_ID),
                    List.of(ANSWER_VERSION.NUMBER), List.of(Column.of(ANSWER_VERSION.NUMBER, Role.DATA),
                    Column.of(ANSWER_VERSION.TEXT, Role.DATA), Column.of(ANSWER_VERSION.CREATED_AT, Role.DATA),
                    Column.of(ANSWER_VERSION.REASON, Role.DATA), Column.of(ANSWER_VERSION.RESTORED_FROM, Role.DATA),
                    Column.of(ANSWER_VERSION.GROUP_CODE, Role.SERVER_GROUP)), Merge.APPEND,
                    Column.of(ANSWER_VERSION.NUMBER, Role.DATA)))
            .build();

    /** A party group's list of speakers on an agenda item, with their speech texts: the rows are the thing. */
    public static final EntityType SPEAKERS_TYPE = EntityType.named("speakers", DEBATE_SPEAKER)
            .keyRef(DEBATE_SPEAKER.ITEM_ID, "agenda_item")
            .rootless()
            .list(new ListPart("speakers", DEBATE_SPEAKER, List.of(DEBATE_SPEAKER.ITEM_ID),
                    List.of(DEBATE_SPEAKER.POSITION), List.of(Column.of(DEBATE_SPEAKER.POSITION, Role.DATA),
                    Column.of(DEBATE_SPEAKER.NAME, Role.DATA), Column.of(DEBATE_SPEAKER.PARTY, Role.DATA),
                    Column.of(DEBATE_SPEAKER.KIND, Role.DATA), Column.of(DEBATE_SPEAKER.MINUTES, Role.DATA),
                    Column.of(DEBATE_SPEAKER.TEXT, Role.DATA), Column.of(DEBATE_SPEAKER.GROUP_CODE,
                    Role.SERVER_GROUP)), Merge.WHOLE, null))
            .ownedByGroup()
            .build();

    /** The decision taken on an agenda item as the debate recorded it. */
    public static final EntityType DECISION_TYPE = EntityType.named("decision", DEBATE_DECISION)
            .keyRef(DEBATE_DECISION.ITEM_ID, "agenda_item")
            .columns(Role.DATA, DEBATE_DECISION.DECISION, DEBATE_DECISION.MINORITY)
            .columns(Role.TEXT, DEBATE_DECISION.REASON)
            .columns(Role.DATA, DEBATE_DECISION.DECIDED_AT)
            .build();

    /** The kallelse a meeting was imported from, as the file came (V11); its bytes never change once kept. */
    public static final EntityType MEETING_FILE_TYPE = EntityType.named("meeting_file", MEETING_FILE)
            .keyRef(MEETING_FILE.MEETING_ID, "meeting")
            .columns(Role.DATA, MEETING_FILE.FILE_NAME, MEETING_FILE.FORMAT, MEETING_FILE.SIZE_BYTES,
                    MEETING_FILE.CONTENT, MEETING_FILE.CONTENT_HASH, MEETING_FILE.TEXT_HASH, MEETING_FILE.ADDED_AT)
            .build();

    /** The minutes (protokoll) of a meeting, with who was there. */
    public static final EntityType MINUTES_TYPE = EntityType.named("minutes", MINUTES)
            .keyRef(MINUTES.MEETING_ID, "meeting")
            .columns(Role.DATA, MINUTES.OPENED, MINUTES.CLOSED, MINUTES.CHAIR_NAME, MINUTES.CHAIR_PARTY,
                    MINUTES.SECRETARY, MINUTES.ADJUSTERS, MINUTES.ADJUST_DAY, MINUTES.ADJUST_TIME,
                    MINUTES.ADJUST_PLACE, MINUTES.ADJUSTED_ON, MINUTES.POSTED_ON, MINUTES.FIRST_PARAGRAPH,
                    MINUTES.APPROVED_NUMBERING, MINUTES.CREATED_AT)
            .columns(Role.STAMP, MINUTES.UPDATED_AT)
            .list(new ListPart("attendees", MINUTES_ATTENDEE, List.of(MINUTES_ATTENDEE.MEETING_ID),
                    List.of(MINUTES_ATTENDEE.POSITION), data(MINUTES_ATTENDEE.POSITION, MINUTES_ATTENDEE.NAME,
                    MINUTES_ATTENDEE.PARTY, MINUTES_ATTENDEE.ROLE, MINUTES_ATTENDEE.SERVING,
                    MINUTES_ATTENDEE.REPLACES, MINUTES_ATTENDEE.NOTE), Merge.WHOLE, null))
            .build();

    /** An agenda item's papers and minutes: summary, motions moved, the vote, reservations and notes. */
    public static final EntityType ITEM_RECORD_TYPE = EntityType.named("item_record", ITEM_RECORD)
            .keyRef(ITEM_RECORD.ITEM_ID, "agenda_item")
            .columns(Role.TEXT, ITEM_RECORD.SUMMARY)
            .columns(Role.DATA, ITEM_RECORD.BASIS, ITEM_RECORD.SEND_TO, ITEM_RECORD.QUESTION_ORDER,
                    ITEM_RECORD.CARRIED, ITEM_RECORD.VOTE_YES, ITEM_RECORD.VOTE_NO, ITEM_RECORD.VOTE_CASTING)
            .columns(Role.STAMP, ITEM_RECORD.UPDATED_AT)
            .list(new ListPart("motions", ITEM_MOTION, List.of(ITEM_MOTION.ITEM_ID), List.of(ITEM_MOTION.POSITION),
                    data(ITEM_MOTION.POSITION, ITEM_MOTION.NAME, ITEM_MOTION.PARTY, ITEM_MOTION.MOTION,
                    ITEM_MOTION.TEXT, ITEM_MOTION.SUPPORTERS), Merge.WHOLE, null))
            .list(new ListPart("ballots", ITEM_BALLOT, List.of(ITEM_BALLOT.ITEM_ID), List.of(ITEM_BALLOT.POSITION),
                    data(ITEM_BALLOT.POSITION, ITEM_BALLOT.NAME, ITEM_BALLOT.PARTY, ITEM_BALLOT.CHOICE),
                    Merge.WHOLE, null))
            .list(new ListPart("reservations", ITEM_RESERVATION, List.of(ITEM_RESERVATION.ITEM_ID),
                    List.of(ITEM_RESERVATION.POSITION), data(ITEM_RESERVATION.POSITION, ITEM_RESERVATION.NAMES,
                    ITEM_RESERVATION.FAVOUR, ITEM_RESERVATION.WRITTEN), Merge.WHOLE, null))
            .list(new ListPart("notes", ITEM_NOTE, List.of(ITEM_NOTE.ITEM_ID), List.of(ITEM_NOTE.POSITION),
                    data(ITEM_NOTE.POSITION, ITEM_NOTE.NAMES, ITEM_NOTE.TEXT), Merge.WHOLE, null))
            .build();

    /** Every kind, referred-to before referring. */
    public static final List<EntityType> ALL = List.of(BODY_TYPE, SETTING_TYPE, PAPER_SETTINGS_TYPE,
            BODY_PAPERS_TYPE, MATTER_TYPE, ATTACHMENT_TYPE, MEETING_TYPE, AGENDA_ITEM_TYPE, POSITION_TYPE,
            ANSWER_TYPE, SPEAKERS_TYPE, DECISION_TYPE, MINUTES_TYPE, ITEM_RECORD_TYPE, MEETING_FILE_TYPE);

    /**
     * The kinds a replica shares with a server, in the same order: all of them (V10_1, V14_1 and V21_1 log their
     * changes on the server).
     */
    public static final List<EntityType> SYNCED = ALL;

    /**
     * Tables that are neither exported nor synced, and why: the sample-data flag is this database's own; who belongs
     * to which group is the server administrator's; the sync's bookkeeping and the count of agenda changes (for the
     * search index) are about the data, not data; a choice put aside (Välj senare) is one user's, until she chooses.
     */
    public static final Set<Table<?>> NOT_SHARED = Set.of(SAMPLE_DATA, PARTY_GROUP, APP_USER, SYNC_CHANGE, AGENDA_CHANGE,
            SYNC_REPLICA, SYNC_STATE, SYNC_CONFLICT, PUT_ASIDE);

    /**
     * Columns of shared tables that stay in this database, and why: when a window here last saved the row (V43), for
     * the conflict view's "Sparat i ett annat fönster i dag kl. 14.05"; a sync's change clears it, an export leaves it.
     */
    public static final Set<TableField<?, ?>> NOT_SHARED_COLUMNS = Set.of(BODY.SAVED_AT, COUNCIL_SETTING.SAVED_AT,
            AGENDA_ITEM.SAVED_AT, DEBATE_SPEAKER.SAVED_AT);

    private static final Map<String, EntityType> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(EntityType::name, Function.identity()));

    private Catalogue() {
    }

    public static Optional<EntityType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EntityType require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("no kind of thing named " + name));
    }

    private static List<Column> data(TableField<?, ?>... fields) {
        return Arrays.stream(fields).map(f -> Column.of(f, Role.DATA)).toList();
    }
}
