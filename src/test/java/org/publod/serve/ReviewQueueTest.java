package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.PublodException;
import org.publod.TestReports;

class ReviewQueueTest {
    @TempDir
    Path temp;

    @Test
    void rowsWithoutADecisionWaitAndDecidedRowsAreCounted() {
        Path file = TestReports.write(temp, "review.csv", """
                decision,kind,subject,target,score,method,evidence
                ,publication,"Title, with a comma",https://dblp.org/rec/conf/x/A24,0.72,title+year+authors,"title 0.9"
                Accept,person,Cygan M.,https://dblp.org/pid/01/2,0.8,author alignment,position 9
                reject,person,Nowak J.,https://dblp.org/pid/03/4,0.6,author alignment,position 1
                reject,person,Król K.,https://dblp.org/pid/05/6,0.6,author alignment,position 2
                """);
        ReviewQueue queue = ReviewQueue.read(file);
        assertEquals(List.of(new ReviewQueue.Row("publication", "Title, with a comma",
                "https://dblp.org/rec/conf/x/A24", "0.72", "title+year+authors", "title 0.9")), queue.waiting());
        assertEquals(1, queue.accepted());
        assertEquals(2, queue.rejected());
    }

    @Test
    void aFileWithoutTheReviewColumnsIsAnInputErrorNamingThem() {
        Path file = TestReports.write(temp, "other.csv", "name,orcid\nCygan M.,0000-0002-1825-0097\n");
        PublodException error = assertThrows(PublodException.class, () -> ReviewQueue.read(file));
        assertEquals(PublodException.ErrorCode.INPUT, error.code());
        assertTrue(error.getMessage().startsWith("other.csv:1: the review file lacks the columns decision, kind"),
                error.getMessage());
    }
}
