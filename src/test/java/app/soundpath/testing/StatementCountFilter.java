package app.soundpath.testing;

import app.soundpath.platform.StatementCounter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Test-only: answers every REST request with the number of SQL statements it sent, in X-SQL-Statements. */
@Provider
public class StatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        StatementCounter.reset();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-SQL-Statements", String.valueOf(StatementCounter.count()));
    }
}
