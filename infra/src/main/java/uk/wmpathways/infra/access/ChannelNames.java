package uk.wmpathways.infra.access;

import java.util.Optional;

/**
 * Names the channel of a request that is not a REST call, for the access log: the browser UI names the view
 * being shown. A bean; when there is none, such requests are "UI".
 */
public interface ChannelNames {

    Optional<String> current();
}
