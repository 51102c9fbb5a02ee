package app.soundpath.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own refusals of an API call (web.xml's role constraints answer 403 before JAX-RS sees the request)
 * as problem+json, like every other API error, instead of the friendly HTML page people get.
 */
@WebFilter(filterName = "ApiErrors", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")
                && status instanceof Integer code && (code == 403 || code == 404 || code == 405)) {
            String detail = switch (code) {
                case 403 -> "This needs a signed-in account with the right role.";
                case 404 -> "There is nothing at this address. GET /api/tracks lists what there is.";
                default -> "This address does not take that method.";
            };
            String title = code == 403 ? "Forbidden" : code == 404 ? "Not Found" : "Method Not Allowed";
            response.setStatus(code);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
                    + ",\"detail\":\"" + detail + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
