#include "cli/KeySource.h"

#include "cli/CliEnvironment.h"

namespace tokdeck::cli {

std::optional<QString> KeySource::resolve(const QUrl &apiUrl)
{
    const QString fromEnvironment = CliEnvironment::apiKeyFromEnvironment();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    CliEnvironment::printError(tr("No API key for %1: set TOKDECK_API_KEY (the key is never "
                                  "taken from the command line).")
                                   .arg(apiUrl.host()));
    return std::nullopt;
}

} // namespace tokdeck::cli
