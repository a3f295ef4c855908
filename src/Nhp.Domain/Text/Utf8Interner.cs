namespace Nhp.Text;

/// <summary>
/// Gives each distinct UTF-8 byte string a small id and its text, allocating only the first time a string is seen, so
/// that a reader of millions of rows with a few dozen distinct values (crime types, forces) allocates per value, not
/// per row. Hashing is randomised per process (<see cref="HashCode"/>), so no input can force collisions. Not
/// thread-safe: one per reader.
/// </summary>
internal sealed class Utf8Interner
{
    private byte[][] keys = new byte[16][];
    private int[] hashes = new int[16];
    private string[] texts = new string[16];
    private int[] buckets = CreateBuckets(32);
    private int count;
    private int last = -1;

    /// <summary>The number of distinct strings.</summary>
    public int Count => count;

    /// <summary>The text of an id.</summary>
    /// <param name="id">An id this interner gave.</param>
    /// <returns>The text, decoded as UTF-8 (invalid bytes as U+FFFD).</returns>
    public string Text(int id) => texts[id];

    /// <summary>The id of <paramref name="bytes"/>, adding it when new.</summary>
    /// <param name="bytes">The UTF-8 bytes.</param>
    /// <returns>The id, 0 for the first string seen, then 1, 2, …</returns>
    public int Intern(ReadOnlySpan<byte> bytes)
    {
        // Rows of one file often repeat the previous value (the force, the month), so try it first.
        if (last >= 0 && bytes.SequenceEqual(keys[last]))
        {
            return last;
        }

        var hash = Hash(bytes);
        var mask = buckets.Length - 1;
        var slot = hash & mask;
        while (buckets[slot] >= 0)
        {
            var id = buckets[slot];
            if (hashes[id] == hash && bytes.SequenceEqual(keys[id]))
            {
                last = id;
                return id;
            }

            slot = (slot + 1) & mask;
        }

        if (count == keys.Length)
        {
            Array.Resize(ref keys, count * 2);
            Array.Resize(ref hashes, count * 2);
            Array.Resize(ref texts, count * 2);
        }

        keys[count] = bytes.ToArray();
        hashes[count] = hash;
        texts[count] = System.Text.Encoding.UTF8.GetString(bytes);
        buckets[slot] = count;
        last = count;
        count++;
        if (count * 2 > buckets.Length)
        {
            Rehash();
        }

        return last;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode() & int.MaxValue;
    }

    private static int[] CreateBuckets(int size)
    {
        var buckets = new int[size];
        Array.Fill(buckets, -1);
        return buckets;
    }

    private void Rehash()
    {
        buckets = CreateBuckets(buckets.Length * 2);
        var mask = buckets.Length - 1;
        for (var id = 0; id < count; id++)
        {
            var slot = hashes[id] & mask;
            while (buckets[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            buckets[slot] = id;
        }
    }
}
