package nl.onderwijsregio.ketenregie.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error that reaches the servlet container's error dispatch (a refused CSRF token, a form
 * post over Tomcat's size limit, an unknown page, a server error) in Dutch: the error page for browsers,
 * RFC 9457 problem JSON for everything else. Replaces Spring Boot's English default. Texts never echo the
 * container's own (English) message.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        response.setStatus(status);
        return ErrorPages.view(status, ErrorTexts.title(status), ErrorTexts.detail(status));
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), ErrorTexts.detail(status));
        problem.setTitle(ErrorTexts.title(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ModelAndView view(int status, String title, String detail) {
        ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("titel", title);
        page.addObject("uitleg", detail);
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && HttpStatus.resolve(status) != null ? status : 500;
    }
}
