package se.namndkoll.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nämndkoll's HTTP service. (Not named {@code Application}: Kogito generates a class of that name.) */
@SpringBootApplication
public class NamndkollApplication {

    public static void main(String[] args) {
        SpringApplication.run(NamndkollApplication.class, args);
    }
}
