package se.ledamot.store.generate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.store.generate.Vocabulary.BodyInfo;

/**
 * The generator's rows, written in JDBC batches with ids of its own (so children can refer to their parents without
 * a round trip), and the identity columns moved past them at the end so that later inserts get fresh ids.
 */
final class Rows implements AutoCloseable {
    static final int PROPOSAL = 0;
    static final int QUESTION = 1;

    private final Connection c;
    private final PreparedStatement matter;
    private final PreparedStatement author;
    private final PreparedStatement proposal;
    private final PreparedStatement question;
    private final PreparedStatement tag;
    private final PreparedStatement change;
    private final PreparedStatement meeting;
    private final PreparedStatement item;
    private final PreparedStatement position;
    private final List<PreparedStatement> all = new ArrayList<>();
    private long changeId;
    private long meetingId;
    private long itemId;
    private long maxMatter;
    private int freeItems;

    Rows(Connection c) throws SQLException {
        this.c = c;
        matter = prepare("INSERT INTO matter (id, kind, number, title, body, submitted, addressee_name, "
                + "addressee_party, addressee_role, responsible_body, answer, status, decision, reply_by, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        author = prepare("INSERT INTO matter_author (matter_id, position, name, party) VALUES (?, ?, ?, ?)");
        proposal = prepare("INSERT INTO matter_proposal (matter_id, position, text) VALUES (?, ?, ?)");
        question = prepare("INSERT INTO matter_question (matter_id, position, text) VALUES (?, ?, ?)");
        tag = prepare("INSERT INTO matter_tag (matter_id, tag) VALUES (?, ?)");
        change = prepare("INSERT INTO matter_change (id, matter_id, changed_at, field, old_value, new_value) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        meeting = prepare("INSERT INTO meeting (id, body_code, meeting_date, meeting_time, status, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        item = prepare("INSERT INTO agenda_item (id, meeting_id, item_number, matter_id, text, proposal, decision, "
                + "decision_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        position = prepare("INSERT INTO group_position (group_code, item_id, stance, speaker, arguments, reviewed, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        all.add(s);
        return s;
    }

    /** Marks the samples as offered and declined, so the window never adds them to generated data. */
    void declineSamples(OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sample_data (offered_at, loaded) VALUES (?, ?)")) {
            s.setObject(1, at);
            s.setBoolean(2, false);
            s.executeUpdate();
        }
    }

    void bodies(List<BodyInfo> bodies) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO body (code, name, council) SELECT ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM body WHERE code = ?)")) {
            for (BodyInfo b : bodies) {
                s.setString(1, b.code());
                s.setString(2, b.name());
                s.setBoolean(3, b.council());
                s.setString(4, b.code());
                s.executeUpdate();
            }
        }
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    void matter(long id, MatterKind kind, String number, String title, String body, LocalDate submitted,
            Person addressee, String role, String responsible, String answer, Status status, Decision decision,
            LocalDate replyBy, OffsetDateTime created) throws SQLException {
        maxMatter = Math.max(maxMatter, id);
        matter.setLong(1, id);
        matter.setString(2, kind.code());
        matter.setString(3, number);
        matter.setString(4, title);
        matter.setString(5, body);
        matter.setObject(6, submitted == null ? null : Date.valueOf(submitted), Types.DATE);
        matter.setString(7, addressee == null ? null : addressee.name());
        matter.setString(8, addressee == null ? null : addressee.party());
        matter.setString(9, role);
        matter.setString(10, responsible);
        matter.setString(11, answer);
        matter.setString(12, status.code());
        matter.setString(13, decision == null ? null : decision.code());
        matter.setObject(14, replyBy == null ? null : Date.valueOf(replyBy), Types.DATE);
        matter.setObject(15, created);
        matter.setObject(16, created);
        matter.addBatch();
    }

    void author(long matterId, int at, String name, String party) throws SQLException {
        author.setLong(1, matterId);
        author.setInt(2, at);
        author.setString(3, name);
        author.setString(4, party);
        author.addBatch();
    }

    void texts(int which, long matterId, List<String> texts) throws SQLException {
        PreparedStatement s = which == PROPOSAL ? proposal : question;
        for (int i = 0; i < texts.size(); i++) {
            s.setLong(1, matterId);
            s.setInt(2, i);
            s.setString(3, texts.get(i));
            s.addBatch();
        }
    }

    void tag(long matterId, String text) throws SQLException {
        tag.setLong(1, matterId);
        tag.setString(2, text);
        tag.addBatch();
    }

    void change(long matterId, OffsetDateTime at, String field, String oldValue, String newValue)
            throws SQLException {
        change.setLong(1, ++changeId);
        change.setLong(2, matterId);
        change.setObject(3, at);
        change.setString(4, field);
        change.setString(5, oldValue);
        change.setString(6, newValue);
        change.addBatch();
    }

    long meeting(String body, LocalDate date, LocalTime time, String status) throws SQLException {
        meeting.setLong(1, ++meetingId);
        meeting.setString(2, body);
        meeting.setDate(3, Date.valueOf(date));
        meeting.setTime(4, Time.valueOf(time));
        meeting.setString(5, status);
        OffsetDateTime made = date.minusWeeks(3).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        meeting.setObject(6, made);
        meeting.setObject(7, made);
        meeting.addBatch();
        return meetingId;
    }

    /** An agenda item: a matter's ({@code matterId}) or a free text's. */
    long agendaItem(long meetingId, int number, Long matterId, String text, String proposalText, String decision)
            throws SQLException {
        if (matterId == null) {
            freeItems++;
        }
        item.setLong(1, ++itemId);
        item.setLong(2, meetingId);
        item.setInt(3, number);
        item.setObject(4, matterId, Types.BIGINT);
        item.setString(5, text);
        item.setString(6, proposalText);
        item.setString(7, decision);
        item.setString(8, decision == null ? "" : proposalText);
        item.addBatch();
        return itemId;
    }

    void position(String group, long itemId, String stance, String speaker, String arguments, boolean reviewed,
            OffsetDateTime at) throws SQLException {
        position.setString(1, group);
        position.setLong(2, itemId);
        position.setString(3, stance);
        position.setString(4, speaker);
        position.setString(5, arguments);
        position.setBoolean(6, reviewed);
        position.setObject(7, at);
        position.addBatch();
    }

    int freeItems() {
        return freeItems;
    }

    /** Sends what is batched, parents before children. */
    void flush() throws SQLException {
        for (PreparedStatement s : all) {
            s.executeBatch();
        }
    }

    /** Sends and commits what is batched, with each identity column moved past the ids written so far. */
    void commit() throws SQLException {
        flush();
        restartIdentities();
        c.commit();
    }

    /** Moves each identity column past the ids written here (the same statement on H2 and PostgreSQL). */
    private void restartIdentities() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE matter ALTER COLUMN id RESTART WITH " + (maxMatter + 1));
            s.execute("ALTER TABLE matter_change ALTER COLUMN id RESTART WITH " + (changeId + 1));
            s.execute("ALTER TABLE meeting ALTER COLUMN id RESTART WITH " + (meetingId + 1));
            s.execute("ALTER TABLE agenda_item ALTER COLUMN id RESTART WITH " + (itemId + 1));
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : all) {
            s.close();
        }
    }
}
