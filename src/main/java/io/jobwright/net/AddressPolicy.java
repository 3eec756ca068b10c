package io.jobwright.net;

import io.jobwright.config.Config;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses a server-side fetch may reach. Loopback, private (RFC 1918, IPv6 unique-local), carrier-grade NAT,
 * link-local (which holds the cloud metadata endpoint 169.254.169.254), multicast and unspecified addresses are
 * refused unless configuration allows them, because a URL a user (or a hostile posting) supplies must not turn the
 * server into a proxy into its own network. Immutable and thread-safe.
 */
public final class AddressPolicy {

    private final boolean allowAll;
    private final List<Cidr> allowed;

    private AddressPolicy(boolean allowAll, List<Cidr> allowed) {
        this.allowAll = allowAll;
        this.allowed = List.copyOf(allowed);
    }

    /** The policy the configuration asks for. */
    public static AddressPolicy of(Config.FetchConfig config) {
        return new AddressPolicy(config.allowPrivate(), config.allowedNetworks().stream().map(Cidr::parse).toList());
    }

    /** Public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false, List.of());
    }

    /** Public addresses plus these addresses or CIDR ranges ({@code 127.0.0.1}, {@code 10.0.0.0/8}). */
    public static AddressPolicy allowing(String... networks) {
        return new AddressPolicy(false, java.util.Arrays.stream(networks).map(Cidr::parse).toList());
    }

    /**
     * Resolves {@code host} and checks every address it resolves to.
     *
     * @throws FetchFailed when the host does not resolve or any address is refused
     */
    public void check(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchFailed("cannot resolve host " + host, FetchFailed.Kind.REFUSED, 0, null);
        }
        for (InetAddress address : addresses) {
            if (!permits(address)) {
                throw new FetchFailed("refused to fetch from " + host + ": " + address.getHostAddress()
                        + " is a loopback, private, link-local or metadata address (allow it with"
                        + " JOBWRIGHT_FETCH_ALLOW or JOBWRIGHT_ALLOW_PRIVATE_FETCH=true)", FetchFailed.Kind.REFUSED, 0, null);
            }
        }
    }

    /** Whether a fetch may connect to this address. */
    public boolean permits(InetAddress address) {
        if (allowAll || !restricted(address)) {
            return true;
        }
        return allowed.stream().anyMatch(c -> c.contains(address));
    }

    static boolean restricted(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0);
        }
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean mapped = isMapped(b);
            if (mapped) {
                try {
                    return restricted(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** An address range: an address and how many leading bits must match. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/", 2);
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (bits < 0 || bits > address.length * 8 || !parts[0].matches("[0-9a-fA-F:.]+")) {
                    throw new IllegalArgumentException();
                }
                return new Cidr(address, bits);
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new io.jobwright.config.ConfigException(
                        "JOBWRIGHT_FETCH_ALLOW must list IP addresses or CIDR ranges, got '" + text + "'");
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
