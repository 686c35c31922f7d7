#pragma once

#include <string_view>
#include <vector>

#include "protocol.h"

namespace cs {

// Every protocol the product ships, looked up by name; the app and the CLI know no other way in.
const std::vector<const Protocol *> &allProtocols();

const Protocol *findProtocol(std::string_view name);

} // namespace cs
