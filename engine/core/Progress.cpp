#include "core/Progress.h"

namespace Semina {

double Progress::fraction() const
{
    if (bytesTotal > 0)
        return qBound(0.0, double(bytesDone) / double(bytesTotal), 1.0);
    if (itemsTotal > 0)
        return qBound(0.0, double(itemsDone) / double(itemsTotal), 1.0);
    if (bytesTotal == 0 || itemsTotal == 0)
        return 1.0;
    return -1.0;
}

} // namespace Semina
