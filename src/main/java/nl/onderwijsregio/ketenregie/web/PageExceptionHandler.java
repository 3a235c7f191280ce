package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page (a form post over a limit) as the Dutch error page with the refusal's own
 * explanation, and an unknown or out-of-scope item as the Dutch 404 page. The API's controllers are answered first by {@link ApiExceptionHandler} with problem JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(RefusedRequestException.class)
    ModelAndView refused(RefusedRequestException refused, HttpServletResponse response) {
        refused.headers().forEach(response::setHeader);
        return ErrorPages.view(refused.status().value(), refused.title(), refused.getMessage());
    }

    /** Something outside the user's scope, looked up by a page through a service: the Dutch 404 page. */
    @ExceptionHandler(ResourceNotFoundException.class)
    ModelAndView notFound(ResourceNotFoundException notFound) {
        return ErrorPages.view(404, ErrorTexts.title(404), notFound.getMessage());
    }
}
