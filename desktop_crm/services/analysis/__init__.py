"""客户构成分析: sales, products, regions, credit and the coming and going of customers over a period."""
