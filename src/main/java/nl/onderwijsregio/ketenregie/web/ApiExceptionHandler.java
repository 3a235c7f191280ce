package nl.onderwijsregio.ketenregie.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details, in Dutch, for everything under /api. Field problems are listed in the
 * extension member "fouten" as {veld, melding}, so a client can show each message at its field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String FIELD_ERRORS = "fouten";

    private static final Map<Integer, String> DUTCH_TITLES = Map.ofEntries(
            Map.entry(400, "Ongeldige invoer"),
            Map.entry(401, "Niet ingelogd"),
            Map.entry(403, "Geen toegang"),
            Map.entry(404, "Niet gevonden"),
            Map.entry(405, "Methode niet toegestaan"),
            Map.entry(406, "Formaat niet beschikbaar"),
            Map.entry(409, "Conflict met de huidige stand"),
            Map.entry(413, "Verzoek te groot"),
            Map.entry(415, "Formaat niet ondersteund"),
            Map.entry(429, "Te veel verzoeken"),
            Map.entry(500, "Interne fout"));

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> Map.of("veld", error.getField(), "melding", String.valueOf(error.getDefaultMessage())))
                .toList();
        return badRequest("Controleer de velden: " + errors.stream().map(error -> error.get("veld"))
                .distinct().collect(Collectors.joining(", ")) + ".", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getRootCause(exception) instanceof BodyTooLargeException tooLarge) {
            return problem(new RefusedRequestException(HttpStatus.PAYLOAD_TOO_LARGE, DUTCH_TITLES.get(413),
                    tooLarge.getMessage(), Map.of()));
        }
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (mapping instanceof UnrecognizedPropertyException) {
                return badRequest("Het veld " + field + " bestaat niet in deze aanvraag.",
                        List.of(Map.of("veld", field, "melding", "Onbekend veld; laat het weg.")));
            }
            return badRequest("Het veld " + field + " heeft een verkeerd type of een onbekende waarde.",
                    List.of(Map.of("veld", field, "melding", "Verkeerd type of onbekende waarde.")));
        }
        return badRequest("De inhoud is geen geldige JSON.", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        return badRequest("De parameter " + exception.getName() + " heeft een ongeldige waarde.",
                List.of(Map.of("veld", exception.getName(), "melding", "Ongeldige waarde.")));
    }

    @ExceptionHandler(RefusedRequestException.class)
    ResponseEntity<Object> handleRefused(RefusedRequestException exception) {
        return problem(exception);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ProblemDetail handleNotFound(ResourceNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle(DUTCH_TITLES.get(404));
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> handleInvalidRequest(InvalidRequestException exception) {
        return badRequest(exception.getMessage(), List.of(Map.of("veld", exception.field(), "melding",
                exception.getMessage())));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> handleConflict(ConflictException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle(DUTCH_TITLES.get(409));
        problem.setProperty(FIELD_ERRORS, List.of(Map.of("veld", exception.field(), "melding", exception.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring passes no body for its own exceptions; the problem it would write is the exception's.
        if (body == null && exception instanceof ErrorResponse error) {
            body = error.getBody();
        }
        if (body instanceof ProblemDetail problem && DUTCH_TITLES.containsKey(status.value())) {
            problem.setTitle(DUTCH_TITLES.get(status.value()));
            // Spring's own details are English; a known status gets the Dutch explanation of ErrorTexts.
            problem.setDetail(ErrorTexts.detail(status.value()));
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    private static ResponseEntity<Object> problem(RefusedRequestException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage());
        problem.setTitle(refused.title());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        refused.headers().forEach(response::header);
        return response.body(problem);
    }

    private static ResponseEntity<Object> badRequest(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(DUTCH_TITLES.get(400));
        problem.setProperty(FIELD_ERRORS, errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
