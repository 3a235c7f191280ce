package nl.onderwijsregio.ketenregie.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import org.springframework.stereotype.Component;

/** The processes of Ketenregie (see {@link KetenProcess}) and the track each one records, by process key. */
@Component
public class ProcessRegistry {

    private final Map<String, KetenProcess> processes;
    private final Map<String, Track> tracks;

    ProcessRegistry(List<KetenProcess> processes, List<Track> tracks) {
        this.processes = processes.stream().collect(Collectors.toUnmodifiableMap(KetenProcess::key, Function.identity()));
        this.tracks = tracks.stream().collect(Collectors.toUnmodifiableMap(Track::processKey, Function.identity()));
    }

    /** The keys of all processes whose instances work on a dossier, for task and deadline queries. */
    public String[] keys() {
        return processes.keySet().stream().sorted().toArray(String[]::new);
    }

    /** Starts the process {@code processKey} on a new dossier (see {@link StartsOnDossier}). */
    public void startOnDossier(String processKey, Dossier dossier, String actor) {
        if (!(processes.get(processKey) instanceof StartsOnDossier process)) {
            throw new IllegalArgumentException("Process " + processKey + " does not start on a dossier");
        }
        process.start(dossier, actor);
    }

    Optional<Track> track(String processKey) {
        return Optional.ofNullable(tracks.get(processKey));
    }
}
