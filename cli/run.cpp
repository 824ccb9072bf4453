#include "cli/run.h"

#include <iostream>
#include <new>

#include "cli/checked_stdout.h"
#include "cli/command.h"

namespace irkg::cli {

int run_guarded(const std::string& name, Args& args, const std::vector<std::string>& argv,
                const std::function<int()>& body) {
  try {
    args.parse(argv);
    return body();
  } catch (const HelpRequested&) {
    std::cout << args.usage_text();
    return kExitOk;
  } catch (const OutputFailed&) {
    return kExitOk;  // main reports the write error (or stays quiet for a closed pipe)
  } catch (const UsageError& e) {
    std::cerr << "irkg " << name << ": " << e.what() << " (see irkg " << name << " --help)\n";
    return kExitUsage;
  } catch (const std::bad_alloc&) {
    std::cerr << "irkg " << name << ": out of memory\n";
    return kExitRuntime;
  } catch (const std::exception& e) {
    std::cerr << "irkg " << name << ": " << e.what() << "\n";
    return kExitRuntime;
  }
}

}  // namespace irkg::cli
