package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is out of reach" (a friendly 503) and which are bugs (the 500 page). */
class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainAreAnOutage() {
        assertThat(DatabaseOutage.isCause(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new RuntimeException(new ConnectException("refused"))))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLTransientConnectionException("pool")))).isTrue();
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("connection lost", "08003"));
        assertThat(DatabaseOutage.isCause(chained)).as("the next exception of a SQLException").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
        RuntimeException loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.initCause(inner);
        assertThat(DatabaseOutage.isCause(loop)).as("a cause cycle ends").isFalse();
    }
}
