package se.namndkoll.bench.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The start-up peer (issue 21): Spring Boot's web starter and Actuator and one endpoint, nothing else, so
 * that the service's start is measured against what any Spring Boot 3.5 web application costs on the
 * same machine in the same run. Started as its users would: {@code java -jar bench/peer/target/peer.jar}.
 */
@SpringBootApplication
@RestController
public class PeerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeerApplication.class, args);
    }

    @GetMapping("/")
    String hello() {
        return "peer";
    }
}
