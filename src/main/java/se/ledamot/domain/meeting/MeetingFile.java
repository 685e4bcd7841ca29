package se.ledamot.domain.meeting;

/**
 * The kallelse or föredragningslista a meeting was imported from, as it is kept with the meeting.
 *
 * @param meetingId the meeting
 * @param fileName  the file's name as imported
 * @param format    how it was read ("pdf", "txt", …)
 * @param size      its size in bytes
 */
public record MeetingFile(long meetingId, String fileName, String format, long size) {
}
