package org.dangstat.demo;

import java.time.LocalDate;
import java.util.List;
import org.dangstat.intake.IdNumbers;

/**
 * Hands out unique, valid 18-digit ID numbers without remembering them, so a million people need
 * no memory. The n-th person of a sex gets a slot (a block of a region, and a sequence number) by a
 * fixed permutation of n. People who share region and sequence (other rounds of all slots, or other
 * blocks of the same region) get birth dates that differ modulo {@link #RESIDUES}, which makes the
 * whole number unique. The birth date is only ever moved earlier (by less than {@link #RESIDUES}
 * days), so nobody becomes too young for a date already chosen.
 */
final class IdAllocator {

  static final int RESIDUES = 512;
  static final int MAX_BLOCKS_PER_REGION = 4;
  static final int ROUNDS = RESIDUES / MAX_BLOCKS_PER_REGION;
  private static final long STRIDE = 7919; // prime, coprime with any slot count not divisible by it

  /**
   * The regions numbered first, then the ones used only past them (county-sized benchmarks): a
   * township's people stay exactly as they were when the second list was added.
   */
  private final List<Pool> pools = List.of(new Pool("regions.csv"), new Pool("regions-overflow.csv"));
  private long males;
  private long females;

  /** A number for a person of this sex born about {@code birth}; its birth date is the one to keep. */
  String next(char sex, LocalDate birth) {
    long n = sex == 'M' ? males++ : females++;
    for (Pool pool : pools) {
      if (n < pool.capacity()) {
        return pool.number(n, sex, birth);
      }
      n -= pool.capacity();
    }
    throw new IllegalStateException("more than " + pools.stream().mapToLong(Pool::capacity).sum()
        + " people of one sex");
  }

  /** Region blocks from one file, each region's people told apart by sequence and birth date residue. */
  private static final class Pool {

    private final String[] regionBySlotBlock;
    private final int[] blockWithinRegion;
    private final int slots;

    Pool(String file) {
      var blocks = new java.util.ArrayList<String>();
      var within = new java.util.ArrayList<Integer>();
      for (String[] r : DataFile.rows(file)) {
        int count = Integer.parseInt(r[2]);
        if (count > MAX_BLOCKS_PER_REGION) {
          throw new IllegalStateException(file + ": at most " + MAX_BLOCKS_PER_REGION + " blocks: " + r[0]);
        }
        for (int i = 0; i < count; i++) {
          blocks.add(r[0]);
          within.add(i);
        }
      }
      regionBySlotBlock = blocks.toArray(String[]::new);
      blockWithinRegion = within.stream().mapToInt(Integer::intValue).toArray();
      slots = regionBySlotBlock.length * 500;
    }

    long capacity() {
      return (long) slots * ROUNDS;
    }

    String number(long n, char sex, LocalDate birth) {
      long round = n / slots;
      int slot = (int) ((n % slots) * STRIDE % slots);
      String region = regionBySlotBlock[slot / 500];
      int withinBlock = slot % 500;
      int sequence = (withinBlock / 5) * 10 + (withinBlock % 5) * 2 + (sex == 'M' ? 1 : 0);
      long key = round * MAX_BLOCKS_PER_REGION + blockWithinRegion[slot / 500];
      // the slot term spreads birthdays over the year for people of different slots
      long wanted = Math.floorMod(key - withinBlock * 37L, RESIDUES);
      long shift = Math.floorMod(birth.toEpochDay() - wanted, RESIDUES);
      LocalDate born = birth.minusDays(shift);
      String first17 = region + digits(born.getYear(), 4) + digits(born.getMonthValue(), 2)
          + digits(born.getDayOfMonth(), 2) + digits(sequence, 3);
      return first17 + IdNumbers.checkDigit(first17);
    }
  }

  private static String digits(int value, int width) {
    String s = Integer.toString(value);
    return "0".repeat(width - s.length()) + s;
  }
}
