package se.ledamot.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;

/**
 * What the screens besides the register read when a person comes to them, in process: Svar's open interpellations
 * and questions, a meeting chosen in Sammanträden (its agenda with the pending matters beside it, and the kallelse's
 * places), Föreslå's suggestions; the baseline, from the same run, is every matter read whole, as each of them did
 * before the twenty-seventh round. Each is done once to warm up, then timed three times; the median.
 */
final class ScreenFigures {
    private ScreenFigures() {
    }

    static Map<String, Object> measure(Ledamot app, LocalDate today) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Meeting meeting = app.meetings().list().stream().filter(m -> !m.date().isBefore(today))
                .filter(m -> m.body().equals(app.deadlines().calendar().councilCode())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no council meeting after " + today));
        out.put("every_matter_read_ms", median(() -> app.matters().list().size()));
        out.put("answers_list_ms", median(() -> app.answers().openMatters().size()));
        out.put("answers_listed", app.answers().openMatters().size());
        out.put("meeting_chosen_ms", median(() -> app.papers().noticeAgenda(app.meetings().agendaOf(meeting.id()))
                .size()));
        out.put("meeting_pending_listed", app.meetings().agendaOf(meeting.id()).pending().size());
        out.put("agenda_suggestions_ms", median(() -> app.meetings().suggest(meeting.id()).size()));
        return out;
    }

    private static double median(Callable<Integer> read) throws Exception {
        read.call();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            read.call();
            times.add(InProcessFigures.ms(t));
        }
        return InProcessFigures.median(times);
    }
}
