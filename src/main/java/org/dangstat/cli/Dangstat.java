package org.dangstat.cli;

public class Dangstat {
  public static void main(String[] args) {
    System.out.println(org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT.getName());
  }
}
