package nl.onderwijsregio.ketenregie.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Chart data as JSON for a data attribute (Thymeleaf escapes it for the attribute); {@code @reportingJson}. */
@Component("reportingJson")
class ReportingJson {

    private final ObjectMapper mapper;

    ReportingJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) throws JsonProcessingException {
        return mapper.writeValueAsString(value);
    }
}
