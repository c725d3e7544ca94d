package uk.wmpathways.caseservice.participant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

class InMemoryNhsNumberRegistry implements NhsNumberRegistry {

    final Map<String, String> holders = new HashMap<>();

    @Override
    public Optional<String> claim(String nhsNumber, String participantId) {
        String holder = holders.putIfAbsent(nhsNumber, participantId);
        return holder == null || holder.equals(participantId) ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public Optional<String> holderOf(String nhsNumber) {
        return Optional.ofNullable(holders.get(nhsNumber));
    }

    @Override
    public void takeOver(String nhsNumber, String staleHolder, String participantId) {
        holders.replace(nhsNumber, staleHolder, participantId);
    }

    @Override
    public void release(String participantId) {
        holders.values().removeIf(participantId::equals);
    }
}
