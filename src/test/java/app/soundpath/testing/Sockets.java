package app.soundpath.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP sockets a process on this machine listens on, read from Linux's /proc (no tool needed). */
public final class Sockets {

    private Sockets() {
    }

    /** Whether /proc shows this process (Linux, same machine). */
    public static boolean visible(String pid) {
        return Files.isDirectory(Path.of("/proc", pid, "fd"));
    }

    /** The listening sockets of the process, as /proc/net/tcp writes them: hex address and port. */
    public static List<String> listening(String pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> links = Files.list(Path.of("/proc", pid, "fd"))) {
            links.forEach(link -> {
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // a descriptor closed while we looked
                }
            });
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "net", table)).stream().skip(1).toList()) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A: LISTEN
                    listening.add(f[1]);
                }
            }
        }
        return listening;
    }

    /** /proc/net/tcp writes 127.0.0.1 as 0100007F; tcp6 writes ::1 and ::ffff:127.0.0.1 in 32 hex digits. */
    public static boolean isLoopback(String hexAddressAndPort) {
        String address = hexAddressAndPort.substring(0, hexAddressAndPort.indexOf(':'));
        return address.length() == 8 ? address.endsWith("7F")
                : address.equals("00000000000000000000000001000000")
                || address.matches("0000000000000000FFFF0000[0-9A-F]{6}7F");
    }
}
