package nl.onderwijsregio.ketenregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetenregieApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetenregieApplication.class, args);
    }
}
