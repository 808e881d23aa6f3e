#pragma once
// TLS material of the server. On first start the server creates its own certificate
// authority and a server certificate in DATA_DIR/tls/ (ca.crt is what clients trust),
// unless an operator gives --tls-cert/--tls-key.

#include <string>
#include <vector>

namespace runtime {

struct TlsMaterial {
    std::string caCertPem;        // empty when the operator brought their own certificate
    std::string serverCertPem;    // leaf first, then any chain
    std::string serverKeyPem;
    std::string caCertPath;
};

// Loads DATA_DIR/tls/{ca.crt,server.crt,server.key}, creating them (keys 0600) when
// missing. The server certificate names localhost, 127.0.0.1, ::1, the host name and
// every extra name given. Throws std::runtime_error with a readable message.
TlsMaterial ensureServerTls(const std::string &dataDir,
                            const std::vector<std::string> &extraNames = {});
// Reads an operator's certificate and key files.
TlsMaterial loadTls(const std::string &certPath, const std::string &keyPath);

std::string readFile(const std::string &path);
// Writes atomically (temp file + rename) with the given permission bits.
void writeFile(const std::string &path, const std::string &content, unsigned mode = 0644);

} // namespace runtime
