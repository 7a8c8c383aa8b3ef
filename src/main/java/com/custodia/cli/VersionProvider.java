package com.custodia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into {@code custodia-version.properties} when it filters resources. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/custodia-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Custodia " + version()};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
        String version = properties.getProperty("custodia.version", "");
        // an unfiltered placeholder means the classes were built outside Maven
        return version.isBlank() || version.contains("${") ? "(version unknown)" : version;
    }
}
