package org.fupinflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FupinFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(FupinFlowApplication.class, args);
  }
}
