#include "cli/CliExit.h"

#include "cli/AegisCli.h"

namespace CliExit {

Code forError(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::BadCredentials:
    case ApiError::Kind::SessionExpired:
    case ApiError::Kind::TokenRefused:
        return Authentication;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::MalformedReply:
        return Server;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::ConnectionLost:
        return Network;
    case ApiError::Kind::CertificateUntrusted:
    case ApiError::Kind::CertificateChanged:
    case ApiError::Kind::CertificateInvalid:
        return Certificate;
    case ApiError::Kind::Cancelled:
        break;
    }
    return Failure;
}

QString describeCodes()
{
    return AegisCli::tr("Exit codes:\n"
                        "  0  done\n"
                        "  1  a local failure (the keyring could not save the password, output could not be written)\n"
                        "  2  usage: a bad option or argument, an unreadable FILE or tariff plan, or a schedule that\n"
                        "     breaks the scheduler's rules (refused before anything is sent)\n"
                        "  3  authentication: bad account or password, session expired, no password available\n"
                        "  4  the server refused the request (HTTP 400 with its message, 404), failed (5xx) or sent\n"
                        "     a reply that cannot be read; also a schedule the server refused, or no battery SOC\n"
                        "     to start a day from (give --soc-start)\n"
                        "  5  schedule set: the server does not hold the windows sent (the difference is printed),\n"
                        "     or the schedule changed since --expect-update-time\n"
                        "  6  network: the server cannot be reached, did not answer in time, or the connection broke\n"
                        "  7  TLS: the server's certificate is untrusted (see the trust command), changed or invalid\n");
}

} // namespace CliExit
